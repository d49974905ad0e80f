// The columns that mean the same in every agency's tables, declared once: the id the database makes, the person key,
// the resident ID number, and the version a writer must send. Each is a decorator an entity puts on its own property.
import { Column, PrimaryColumn } from 'typeorm';

/** The row's id: a uuid the database makes (gen_random_uuid()) when an insert gives none. */
export const GeneratedIdColumn = (): PropertyDecorator => PrimaryColumn({ name: 'id', type: 'uuid', default: () => 'gen_random_uuid()' });

/** The person a row is on, by pseudonymous person key (HMAC of the ID number, shared/src/person-key.ts). */
export const PersonKeyColumn = (): PropertyDecorator => Column({ name: 'person_key', type: 'text' });

/** The resident ID number (shared/src/id-number.ts), where the agency's own register keeps it beside the person key. */
export const IdNumberColumn = (): PropertyDecorator => Column({ name: 'id_number', type: 'text' });

/**
 * Incremented by every change; a writer must send the version it read (shared/src/writes/rows.ts checks it and
 * adds one). A plain integer column, not TypeORM's @VersionColumn, which would add one again on every save.
 */
export const RowVersionColumn = (): PropertyDecorator => Column({ type: 'integer', default: 1 });
