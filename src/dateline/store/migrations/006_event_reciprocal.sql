-- Acts done together ("A met B"): event data writes them both ways; existing rows stay one-way.
ALTER TABLE events ADD COLUMN reciprocal INTEGER NOT NULL DEFAULT 0;
