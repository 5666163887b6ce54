import type { DataSource } from 'typeorm';

/**
 * Provider codes, placement plans and reg 28 visits for the demo's current placements, in SQL so 300 children seed
 * in one statement each. Deterministic from the placement rows: every tenth foster placement but the demo carer's has no plan yet (an
 * overdue plan for the social worker's and the IRO's views); visits run every 40 days from the fifth day, the last
 * ones kept, and every seventh child's were missed since, so some visits show overdue. Fictional text only.
 */
export async function seedPlansAndVisits(
  dataSource: DataSource,
  socialWorkerId: string,
  demoCarerId: string | null,
  today: string,
): Promise<void> {
  await dataSource.transaction(async (em) => {
    await em.query(`
      UPDATE placements.placements
         SET provider_code = CASE WHEN carer_person_id IS NULL THEN 'PR4' ELSE 'PR1' END,
             intended_until_eighteen = placement_type IN ('U1', 'U4')
       WHERE end_date IS NULL AND provider_code IS NULL`);
    await em.query(
      `
      INSERT INTO placements.placement_plans (placement_id, child_id, agreed_on, day_to_day_care,
        contact_arrangements, health_care, education, school, visits_and_support, ending_arrangements, finances,
        updated_by)
      SELECT p.id, p.child_id, LEAST(p.start_date + 3, $2::date),
        'Usual family routines; bedtime agreed with the carer; the carer keeps the child safe online and at home.',
        'Family time as set out in the care plan; the social worker tells the carer of any change.',
        'Registered with the local surgery and dentist; the carer arranges check-ups and routine treatment.',
        'Attends school every day; the carer goes to parents evenings; no EHC plan.',
        (ARRAY['Brackenford Primary', 'Millbrook Academy', 'St Aldhelm''s C of E School', 'Harrow Fields School'])[1 + (abs(hashtext(p.id::text)) % 4)],
        'Social worker visits at least every 6 weeks; the fostering service supports the carer between visits.',
        'Ended only through a review, unless the child is at risk.',
        'Fostering allowance paid monthly; pocket money set out with the carer.',
        $1
      FROM placements.placements p
      WHERE p.end_date IS NULL AND p.carer_person_id IS NOT NULL AND (p.carer_person_id = $3 OR abs(hashtext(p.child_id::text)) % 10 <> 0)
      ON CONFLICT (placement_id) DO NOTHING`,
      [socialWorkerId, today, demoCarerId],
    );
    await em.query(
      `
      INSERT INTO placements.social_worker_visits (placement_id, child_id, visited_on, seen_alone, recorded_by)
      SELECT v.id, v.child_id, v.visited_on, (v.n % 3) <> 0, $1
      FROM (
        SELECT p.id, p.child_id, d::date AS visited_on, row_number() OVER (PARTITION BY p.id ORDER BY d DESC) AS n
        FROM placements.placements p,
             generate_series(p.start_date + 5,
                             $2::date - CASE WHEN p.carer_person_id IS DISTINCT FROM $3 AND abs(hashtext(p.child_id::text)) % 7 = 0 THEN 60 ELSE 0 END,
                             interval '40 days') AS d
        WHERE p.end_date IS NULL
      ) v
      WHERE v.n <= 4`,
      [socialWorkerId, today, demoCarerId],
    );
  });
}
