import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A stored English text as a message of code `stored.text`, which renders it as it is in every language. */
const stored = (text: string) =>
  `jsonb_build_object('code', 'stored.text', 'params', jsonb_build_object('text', ${text}))`;

/**
 * Domain messages as codes (decision 0022): match explanations, gaps (what is missing, the suggested
 * action), exclusion reasons and coalition explanations are stored as message codes with parameters,
 * rendered in each reader's language when read.
 *
 * Rows written before keep their English text, wrapped as `stored.text` messages, so every page
 * still reads them; and every open need that has results is queued for re-matching through the
 * outbox (topic `sourcing-need.rematch-requested`), which rewrites its rows as real codes. Closed
 * needs are not matched again: their results stay in the English they were written in.
 *
 * Self-contained SQL on purpose: a migration is a snapshot of the schema at one point in time.
 */
export class DomainMessages1788100000000 implements MigrationInterface {
  name = 'DomainMessages1788100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "matches" ADD "explanation" jsonb`);
    await queryRunner.query(`UPDATE matches SET explanation = jsonb_build_array(${stored('reason')})`);
    await queryRunner.query(`ALTER TABLE "matches" ALTER COLUMN "explanation" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "matches" DROP COLUMN "reason"`);
    await queryRunner.query(`
      UPDATE matches SET gaps = (
        SELECT coalesce(jsonb_agg(
                 CASE WHEN jsonb_typeof(g->'missing') = 'string'
                      THEN g || jsonb_build_object('missing', ${stored(`g->'missing'`)},
                                                   'suggestedAction', ${stored(`coalesce(g->'suggestedAction', '""')`)})
                      ELSE g END ORDER BY ord), '[]'::jsonb)
          FROM jsonb_array_elements(gaps) WITH ORDINALITY AS e(g, ord))
       WHERE gaps <> '[]'::jsonb`);
    await queryRunner.query(`
      UPDATE matches SET blockers = (
        SELECT coalesce(jsonb_agg(CASE WHEN jsonb_typeof(b) = 'string' THEN ${stored('b')} ELSE b END ORDER BY ord), '[]'::jsonb)
          FROM jsonb_array_elements(blockers) WITH ORDINALITY AS e(b, ord))
       WHERE blockers <> '[]'::jsonb`);
    await queryRunner.query(
      `ALTER TABLE "coalition_proposals" ALTER COLUMN "explanation" TYPE jsonb USING jsonb_build_array(${stored('explanation')})`,
    );
    await queryRunner.query(`
      INSERT INTO outbox_events (topic, payload)
      SELECT 'sourcing-need.rematch-requested', jsonb_build_object('needId', n.id)
        FROM sourcing_needs n
       WHERE n.status IN ('OPEN', 'EVALUATING') AND EXISTS (SELECT 1 FROM matches m WHERE m.need_id = n.id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // Back to English text: a stored text as it was, a code by its name (the old release cannot render it).
    const text = (m: string) => `coalesce(${m}->'params'->>'text', ${m}->>'code')`;
    // A column's new type cannot be computed by a subquery: the text goes through a column of its own.
    await queryRunner.query(`ALTER TABLE "coalition_proposals" ADD "explanation_text" text`);
    await queryRunner.query(
      `UPDATE coalition_proposals SET explanation_text =
         coalesce((SELECT string_agg(${text('x')}, ' ') FROM jsonb_array_elements(explanation) AS x), '')`,
    );
    await queryRunner.query(`ALTER TABLE "coalition_proposals" DROP COLUMN "explanation"`);
    await queryRunner.query(
      `ALTER TABLE "coalition_proposals" RENAME COLUMN "explanation_text" TO "explanation"`,
    );
    await queryRunner.query(`ALTER TABLE "coalition_proposals" ALTER COLUMN "explanation" SET NOT NULL`);
    await queryRunner.query(`
      UPDATE matches SET blockers = (
        SELECT coalesce(jsonb_agg(to_jsonb(${text('b')}) ORDER BY ord), '[]'::jsonb)
          FROM jsonb_array_elements(blockers) WITH ORDINALITY AS e(b, ord))`);
    await queryRunner.query(`
      UPDATE matches SET gaps = (
        SELECT coalesce(jsonb_agg(g || jsonb_build_object('missing', ${text(`g->'missing'`)},
                                                        'suggestedAction', ${text(`g->'suggestedAction'`)}) ORDER BY ord), '[]'::jsonb)
          FROM jsonb_array_elements(gaps) WITH ORDINALITY AS e(g, ord))`);
    await queryRunner.query(`ALTER TABLE "matches" ADD "reason" text`);
    await queryRunner.query(
      `UPDATE matches SET reason = coalesce((SELECT string_agg(${text('x')}, ' ') FROM jsonb_array_elements(explanation) AS x), '')`,
    );
    await queryRunner.query(`ALTER TABLE "matches" ALTER COLUMN "reason" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "matches" DROP COLUMN "explanation"`);
  }
}
