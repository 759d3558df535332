-- PostgreSQL twin of ../006_event_reciprocal.sql.
ALTER TABLE events ADD COLUMN reciprocal INTEGER NOT NULL DEFAULT 0;
