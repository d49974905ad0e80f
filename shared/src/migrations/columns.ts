// The column definitions every agency's tables share, written once as the kit's conventions fix them.
//
// Migrations are history: databases already ran every statement built from these, and a new database must get
// the same schema. Change none of them; a new convention is a new constant, used by new migrations only.

/** A record's own key, made by the database when a write adds the record without one. */
export const UUID_ID_COLUMN = 'id uuid PRIMARY KEY DEFAULT gen_random_uuid()';

/** The version a write checks against the one its caller read, and raises by one with each change (shared/src/writes/rows.ts). */
export const VERSION_COLUMN = 'version integer NOT NULL DEFAULT 1 CHECK (version >= 1)';

/** The resident ID number an agency holds, in the shape shared/src/id-number.ts reads (17 digits and a digit or X). */
export const ID_NUMBER_COLUMN = "id_number text NOT NULL CHECK (id_number ~ '^[0-9]{17}[0-9X]$')";

/** The same, for a table that holds one record per person. */
export const UNIQUE_ID_NUMBER_COLUMN = "id_number text NOT NULL UNIQUE CHECK (id_number ~ '^[0-9]{17}[0-9X]$')";

/** The county-level unit a record belongs to, by its six-digit GB/T 2260 code (shared/src/regions.ts). */
export const REGION_CODE_COLUMN = "region_code text NOT NULL CHECK (region_code ~ '^[0-9]{6}$')";
