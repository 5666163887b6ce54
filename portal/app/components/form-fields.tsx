import type { ReactNode } from 'react';

// GOV.UK Frontend form components: each has a visible label (or a fieldset legend for groups), a hint and its
// error linked through aria-describedby, so screen readers announce them with the field.

interface Common {
  id: string;
  label: string;
  hint?: string;
  error?: string;
}

function describedBy(id: string, hint?: string, error?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function HintAndError({ id, hint, error }: { id: string; hint?: string; error?: string }) {
  return (
    <>
      {hint && (
        <div id={`${id}-hint`} className="govuk-hint">
          {hint}
        </div>
      )}
      {error && (
        <p id={`${id}-error`} className="govuk-error-message">
          <span className="govuk-visually-hidden">Error:</span> {error}
        </p>
      )}
    </>
  );
}

function Group({ error, children }: { error?: string; children: ReactNode }) {
  return <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>{children}</div>;
}

export function Input(
  props: Common & { defaultValue?: string; width?: '10' | '20' | '30' | 'full'; autoComplete?: string },
) {
  const width = props.width === 'full' || !props.width ? '' : ` govuk-input--width-${props.width}`;
  return (
    <Group error={props.error}>
      <label className="govuk-label" htmlFor={props.id}>
        {props.label}
      </label>
      <HintAndError {...props} />
      <input
        className={`govuk-input${width}${props.error ? ' govuk-input--error' : ''}`}
        id={props.id}
        name={props.id}
        type="text"
        autoComplete={props.autoComplete ?? 'off'}
        defaultValue={props.defaultValue}
        aria-describedby={describedBy(props.id, props.hint, props.error)}
      />
    </Group>
  );
}

export function Textarea(props: Common & { defaultValue?: string; rows?: number; autoFocus?: boolean }) {
  return (
    <Group error={props.error}>
      <label className="govuk-label" htmlFor={props.id}>
        {props.label}
      </label>
      <HintAndError {...props} />
      <textarea
        className={`govuk-textarea${props.error ? ' govuk-textarea--error' : ''}`}
        id={props.id}
        name={props.id}
        rows={props.rows ?? 5}
        defaultValue={props.defaultValue}
        aria-describedby={describedBy(props.id, props.hint, props.error)}
        // Only for a field the person just asked for (a new "add another" row): rendered by the server as the
        // HTML attribute, so focus moves there without JavaScript and a screen reader announces its label. Never
        // on arriving at a page: that would skip the page's heading for a screen reader.
        autoFocus={props.autoFocus}
      />
    </Group>
  );
}

export interface Choice {
  value: string;
  text: string;
  hint?: string;
  /**
   * GOV.UK conditional reveal: fields shown only when this option is chosen. Rendered always, so they are
   * there without JavaScript; govuk-frontend's Radios/Checkboxes module (initialised in root.tsx) hides
   * them until the option is chosen. Keep them to one or two simple questions, as the Design System says.
   */
  conditional?: ReactNode;
}

/** Radios (one answer) or checkboxes (several) in a fieldset whose legend is the question. */
export function Choices(
  props: Common & { type: 'radio' | 'checkbox'; choices: Choice[]; selected?: string | string[]; small?: boolean },
) {
  const selected = new Set(Array.isArray(props.selected) ? props.selected : props.selected ? [props.selected] : []);
  const kind = props.type === 'radio' ? 'radios' : 'checkboxes';
  return (
    <Group error={props.error}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy(props.id, props.hint, props.error)}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{props.label}</legend>
        <HintAndError {...props} />
        <div className={`govuk-${kind}${props.small ? ` govuk-${kind}--small` : ''}`} data-module={`govuk-${kind}`}>
          {props.choices.map((choice, i) => {
            // The first option carries the group's id, so an error summary link lands on it.
            const id = i === 0 ? props.id : `${props.id}-${i + 1}`;
            return [
              <div className={`govuk-${kind}__item`} key={choice.value}>
                <input
                  className={`govuk-${kind}__input`}
                  id={id}
                  name={props.id}
                  type={props.type}
                  value={choice.value}
                  defaultChecked={selected.has(choice.value)}
                  aria-describedby={choice.hint ? `${id}-item-hint` : undefined}
                  data-aria-controls={choice.conditional ? `conditional-${id}` : undefined}
                />
                <label className={`govuk-label govuk-${kind}__label`} htmlFor={id}>
                  {choice.text}
                </label>
                {choice.hint && (
                  <div id={`${id}-item-hint`} className={`govuk-hint govuk-${kind}__hint`}>
                    {choice.hint}
                  </div>
                )}
              </div>,
              choice.conditional && (
                <div
                  key={`${choice.value}-conditional`}
                  id={`conditional-${id}`}
                  className={`govuk-${kind}__conditional${selected.has(choice.value) ? '' : ` govuk-${kind}__conditional--hidden`}`}
                >
                  {choice.conditional}
                </div>
              ),
            ];
          })}
        </div>
      </fieldset>
    </Group>
  );
}

export function Select(props: Common & { choices: Choice[]; selected?: string }) {
  return (
    <Group error={props.error}>
      <label className="govuk-label" htmlFor={props.id}>
        {props.label}
      </label>
      <HintAndError {...props} />
      <select
        className={`govuk-select${props.error ? ' govuk-select--error' : ''}`}
        id={props.id}
        name={props.id}
        defaultValue={props.selected}
        aria-describedby={describedBy(props.id, props.hint, props.error)}
      >
        {props.choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.text}
          </option>
        ))}
      </select>
    </Group>
  );
}

/**
 * The GOV.UK date pattern: day, month and year boxes named `<id>-day`, `-month`, `-year`; read it back with
 * `dateFrom` (forms.server.ts). `defaultValue` is YYYY-MM-DD.
 */
export function DateInput(props: Common & { defaultValue?: string }) {
  const [year, month, day] = (props.defaultValue ?? '').split('-');
  const parts: Array<[string, string, string | undefined, '2' | '4']> = [
    ['day', 'Day', day, '2'],
    ['month', 'Month', month, '2'],
    ['year', 'Year', year, '4'],
  ];
  return (
    <Group error={props.error}>
      <fieldset
        className="govuk-fieldset"
        role="group"
        aria-describedby={describedBy(props.id, props.hint, props.error)}
      >
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{props.label}</legend>
        <HintAndError {...props} />
        <div className="govuk-date-input" id={`${props.id}-group`}>
          {parts.map(([part, label, value, width]) => {
            // The day box carries the field's own id, so an error summary link lands on it.
            const id = part === 'day' ? props.id : `${props.id}-${part}`;
            return (
              <div className="govuk-date-input__item" key={part}>
                <div className="govuk-form-group">
                  <label className="govuk-label govuk-date-input__label" htmlFor={id}>
                    {label}
                  </label>
                  <input
                    className={`govuk-input govuk-date-input__input govuk-input--width-${width}${props.error ? ' govuk-input--error' : ''}`}
                    id={id}
                    name={`${props.id}-${part}`}
                    type="text"
                    inputMode="numeric"
                    // What was typed comes back as typed (a leading zero aside), even when it is not a date.
                    defaultValue={value ? (/^\d+$/.test(value) ? String(Number(value)) : value) : undefined}
                  />
                </div>
              </div>
            );
          })}
        </div>
      </fieldset>
    </Group>
  );
}
