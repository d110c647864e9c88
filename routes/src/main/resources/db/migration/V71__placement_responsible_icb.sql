-- Issue 14 item 5: a placement notice goes to the child's own health commissioning body (the ICB of the child's GP
-- practice, named in the plan), which is not always the ICB of the placing or the host council's area. Notices
-- recorded before this have none: the host area's ICB, in host_icb, was the only one told.
ALTER TABLE placement_notification ADD COLUMN responsible_icb VARCHAR(10);
