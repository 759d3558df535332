-- Which outlet an indexed article credits for its text (its dateline's agency when that is not its own
-- outlet, and its short credit lines: "first published by …", "Reporting by …"), so that among copies
-- published the same day the one the others credit is the original. NULL for articles indexed before.
ALTER TABLE dedup_signatures ADD COLUMN credit TEXT;
