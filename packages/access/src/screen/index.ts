export {
  FACT_KINDS,
  confidentialFactsOf,
  currentCarers,
  isFactKind,
  recordConfidentialFacts,
  type ConfidentialFact,
  type FactKind,
} from './facts';
export { findFacts, patternsOf, type Match } from './matcher';
export { PASSAGE_CLOSE, PASSAGE_OPEN, blankProfessionalPassages, withoutProfessionalPassages } from './passages';
export {
  readersOf,
  redactText,
  screenMessage,
  screenText,
  seesEveryFact,
  type Finding,
  type FreeTextField,
  type FreeTextReader,
} from './screen';
