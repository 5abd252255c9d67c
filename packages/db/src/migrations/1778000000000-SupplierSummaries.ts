import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Matching reads one row per supplier (bench/matching, 2026-12-04): `supplier_summaries` holds, for
 * each producer group and HS chapter in which it has an offerable capacity line, what candidate
 * generation reads of the group — its tier, country and coordinates, the HS codes and headings of its
 * lines and the standards it or a member holds (what the filters read), then as one json value its
 * id, name, place and its offerable lines of the chapter, and its certificates and its members' by
 * standard id — so that the candidate query no longer groups the lines of a whole chapter, looks each
 * group up and probes its certificates on every matching run. The table is partitioned by chapter: a
 * need's candidates are one sequential scan of its chapter's rows, filtered as they are read.
 *
 * A cache, exactly derivable from `organisations`, `capacity_entries` (`offerable`, itself the
 * domain's `countsTowardsOffer`) and `certifications`: `supplier_summaries_refresh(groups)` rebuilds
 * the rows of the given groups from those tables, and triggers call it for every write that changes
 * what it reads — lines and certificates per statement (transition tables, so a bulk insert rebuilds
 * each group once), an organisation's copied columns per row, and TRUNCATE. Nothing is decided here:
 * lines are stored as they are (no unit conversion, no HS level), certificates whatever their
 * validity; matching folds and judges them in TypeScript as before.
 *
 * Self-contained SQL on purpose: a migration is a snapshot of the schema at one point in time.
 */
export class SupplierSummaries1778000000000 implements MigrationInterface {
  name = 'SupplierSummaries1778000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "supplier_summaries" (
        "organisation_id" uuid NOT NULL,
        "chapter" character(2) NOT NULL,
        "visibility" text NOT NULL,
        "country" character(2) NOT NULL,
        "latitude" numeric(9,6),
        "longitude" numeric(9,6),
        "products" text[] NOT NULL,
        "headings" text[] NOT NULL,
        "standards" uuid[] NOT NULL,
        "candidate" json NOT NULL,
        "certificates" jsonb NOT NULL,
        CONSTRAINT "pk_supplier_summaries" PRIMARY KEY ("organisation_id", "chapter"),
        CONSTRAINT "fk_supplier_summaries_organisation" FOREIGN KEY ("organisation_id")
          REFERENCES "organisations"("id") ON DELETE CASCADE
      ) PARTITION BY LIST ("chapter")`);
    // One partition per HS chapter (and one for anything else): scanning a chapter's rows reads no
    // other; an index on one table instead had to be followed by a lookup per supplier, twice as slow.
    for (let chapter = 1; chapter <= 99; chapter++) {
      const code = String(chapter).padStart(2, '0');
      await queryRunner.query(
        `CREATE TABLE "supplier_summaries_${code}" PARTITION OF "supplier_summaries" FOR VALUES IN ('${code}')`,
      );
    }
    await queryRunner.query(
      `CREATE TABLE "supplier_summaries_other" PARTITION OF "supplier_summaries" DEFAULT`,
    );

    await queryRunner.query(`
      CREATE FUNCTION supplier_summaries_refresh(groups uuid[]) RETURNS void LANGUAGE plpgsql
        -- float8 rendered exactly (shortest round-trip) whatever the writing session's setting.
        SET extra_float_digits = 1 AS $$
        DECLARE
          bucket int;
        BEGIN
          IF cardinality(groups) = 0 THEN
            RETURN;
          END IF;
          -- Two transactions writing one group's lines must not each rebuild its rows from a snapshot
          -- without the other's line (nor collide on the key): the rebuild waits for any other one of
          -- the same groups to commit, then reads afresh (READ COMMITTED, as every writer here runs: a
          -- new snapshot per statement). Groups are locked in 64 buckets, in order, so a bulk write
          -- holds few locks.
          FOR bucket IN SELECT DISTINCT abs(hashtext(g::text) % 64) FROM unnest(groups) g ORDER BY 1 LOOP
            PERFORM pg_advisory_xact_lock(1778000000, bucket);
          END LOOP;
          DELETE FROM supplier_summaries WHERE organisation_id = ANY(groups);
          INSERT INTO supplier_summaries
                 (organisation_id, chapter, visibility, country, latitude, longitude, products, headings, standards, candidate,
                  certificates)
          SELECT o.id, l.chapter, o.visibility, o.country, o.latitude, o.longitude, l.products, l.headings, coalesce(h.standards, '{}'),
                 json_build_array(o.id, o.legal_name, o.country, o.latitude::float8, o.longitude::float8, l.lines),
                 coalesce(h.certificates, '{}')
            FROM organisations o
            CROSS JOIN LATERAL (
              SELECT left(e.product_code, 2) AS chapter,
                     array_agg(DISTINCT e.product_code::text ORDER BY e.product_code::text) AS products,
                     array_agg(DISTINCT left(e.product_code, 4) ORDER BY left(e.product_code, 4)) AS headings,
                     -- One flat array, six values per line (candidate-fold.ts LineFields).
                     json_agg(f.value ORDER BY e.product_code, e.id, f.k) AS lines
                FROM capacity_entries e
               CROSS JOIN LATERAL (VALUES (1, to_json(e.product_code)), (2, to_json(e.quantity::float8)),
                                          (3, to_json(e.unit)), (4, to_json(e.period)),
                                          (5, to_json(e.lead_time_days)), (6, to_json(e.member_id))) f(k, value)
               WHERE e.organisation_id = o.id AND e.offerable
               GROUP BY 1) l
            LEFT JOIN LATERAL (
              SELECT array_agg(b.standard_id ORDER BY b.standard_id) AS standards,
                     jsonb_object_agg(b.standard_id, b.certificates) AS certificates
                FROM (SELECT c.standard_id,
                             jsonb_agg(jsonb_build_array(c.valid_until, c.verification, c.member_id) ORDER BY c.id) AS certificates
                        FROM certifications c WHERE c.organisation_id = o.id
                       GROUP BY c.standard_id) b) h ON true
           WHERE o.id = ANY(groups) AND o.kind = 'PRODUCER_GROUP';
        END
      $$`);

    // Lines: only a line that counts (before or after) and a change of what the summary stores.
    await queryRunner.query(`
      CREATE FUNCTION capacity_entries_refresh_summaries() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF TG_OP = 'INSERT' THEN
            PERFORM supplier_summaries_refresh(ARRAY(
              SELECT DISTINCT organisation_id FROM new_lines WHERE offerable));
          ELSIF TG_OP = 'DELETE' THEN
            PERFORM supplier_summaries_refresh(ARRAY(
              SELECT DISTINCT organisation_id FROM old_lines WHERE offerable));
          ELSE
            PERFORM supplier_summaries_refresh(ARRAY(
              SELECT DISTINCT g FROM old_lines o JOIN new_lines n USING (id),
                     unnest(ARRAY[o.organisation_id, n.organisation_id]) g
               WHERE (o.offerable OR n.offerable)
                 AND (o.organisation_id, o.product_code, o.quantity, o.unit, o.period, o.lead_time_days, o.member_id, o.offerable)
                     IS DISTINCT FROM
                     (n.organisation_id, n.product_code, n.quantity, n.unit, n.period, n.lead_time_days, n.member_id, n.offerable)));
          END IF;
          RETURN NULL;
        END
      $$`);
    // Certificates: any certificate of a group's or its members' (the summary keeps every standard).
    await queryRunner.query(`
      CREATE FUNCTION certifications_refresh_summaries() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF TG_OP = 'INSERT' THEN
            PERFORM supplier_summaries_refresh(ARRAY(SELECT DISTINCT organisation_id FROM new_certificates));
          ELSIF TG_OP = 'DELETE' THEN
            PERFORM supplier_summaries_refresh(ARRAY(SELECT DISTINCT organisation_id FROM old_certificates));
          ELSE
            PERFORM supplier_summaries_refresh(ARRAY(
              SELECT DISTINCT g FROM old_certificates o JOIN new_certificates n USING (id),
                     unnest(ARRAY[o.organisation_id, n.organisation_id]) g
               WHERE (o.organisation_id, o.standard_id, o.valid_until, o.verification, o.member_id)
                     IS DISTINCT FROM
                     (n.organisation_id, n.standard_id, n.valid_until, n.verification, n.member_id)));
          END IF;
          RETURN NULL;
        END
      $$`);
    for (const [table, prefix] of [
      ['capacity_entries', 'lines'],
      ['certifications', 'certificates'],
    ] as const) {
      const fn = `${table}_refresh_summaries()`;
      await queryRunner.query(`
        CREATE TRIGGER ${table}_summaries_insert AFTER INSERT ON ${table}
          REFERENCING NEW TABLE AS new_${prefix} FOR EACH STATEMENT EXECUTE FUNCTION ${fn}`);
      await queryRunner.query(`
        CREATE TRIGGER ${table}_summaries_update AFTER UPDATE ON ${table}
          REFERENCING OLD TABLE AS old_${prefix} NEW TABLE AS new_${prefix} FOR EACH STATEMENT EXECUTE FUNCTION ${fn}`);
      await queryRunner.query(`
        CREATE TRIGGER ${table}_summaries_delete AFTER DELETE ON ${table}
          REFERENCING OLD TABLE AS old_${prefix} FOR EACH STATEMENT EXECUTE FUNCTION ${fn}`);
    }
    // TRUNCATE fires no row or statement trigger above: without lines there is no summary, without
    // certificates no summary holds a standard.
    await queryRunner.query(`
      CREATE FUNCTION supplier_summaries_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF TG_TABLE_NAME = 'capacity_entries' THEN
            DELETE FROM supplier_summaries;
          ELSE
            UPDATE supplier_summaries SET standards = '{}', certificates = '{}';
          END IF;
          RETURN NULL;
        END
      $$`);
    for (const table of ['capacity_entries', 'certifications'])
      await queryRunner.query(`
        CREATE TRIGGER ${table}_summaries_truncate AFTER TRUNCATE ON ${table}
          FOR EACH STATEMENT EXECUTE FUNCTION supplier_summaries_truncated()`);
    // Organisations: the columns the summary copies, and kind (only producer groups are summarised).
    await queryRunner.query(`
      CREATE FUNCTION organisations_refresh_summaries() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          PERFORM supplier_summaries_refresh(ARRAY[NEW.id]);
          RETURN NULL;
        END
      $$`);
    await queryRunner.query(`
      CREATE TRIGGER organisations_summaries
        AFTER UPDATE OF kind, visibility, legal_name, country, latitude, longitude ON organisations
        FOR EACH ROW WHEN ((OLD.kind, OLD.visibility, OLD.legal_name, OLD.country, OLD.latitude, OLD.longitude)
                           IS DISTINCT FROM (NEW.kind, NEW.visibility, NEW.legal_name, NEW.country, NEW.latitude, NEW.longitude))
        EXECUTE FUNCTION organisations_refresh_summaries()`);

    await queryRunner.query(
      `SELECT supplier_summaries_refresh(ARRAY(SELECT DISTINCT organisation_id FROM capacity_entries WHERE offerable))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER organisations_summaries ON organisations`);
    await queryRunner.query(`DROP FUNCTION organisations_refresh_summaries()`);
    for (const table of ['capacity_entries', 'certifications']) {
      for (const event of ['insert', 'update', 'delete', 'truncate'])
        await queryRunner.query(`DROP TRIGGER ${table}_summaries_${event} ON ${table}`);
      await queryRunner.query(`DROP FUNCTION ${table}_refresh_summaries()`);
    }
    await queryRunner.query(`DROP FUNCTION supplier_summaries_truncated()`);
    await queryRunner.query(`DROP FUNCTION supplier_summaries_refresh(uuid[])`);
    await queryRunner.query(`DROP TABLE "supplier_summaries"`);
  }
}
