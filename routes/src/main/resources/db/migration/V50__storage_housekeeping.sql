-- Storage housekeeping (issue 12): content files deleted once nothing refers to them, delivered content purged after
-- its retention period, and per-client quotas counted where every hub node sees them.

-- A content file under <data-dir>/documents is named by its SHA-256, so one file serves every row that names the
-- same digest: plan documents, documents received with transfers and attachments of advice. A file may be deleted
-- only when none of them refers to it; these indexes make that question cheap.
CREATE INDEX ix_plan_document_sha256 ON plan_document (sha256);
CREATE INDEX ix_inbound_document_sha256 ON inbound_document (sha256);

-- The attachments an advice document names inside its JSON, by digest (V51 fills it for advice already received).
CREATE TABLE advice_attachment (
    response_id  VARCHAR(36) NOT NULL REFERENCES advice_response (response_id),
    sha256       VARCHAR(64) NOT NULL,
    CONSTRAINT pk_advice_attachment PRIMARY KEY (response_id, sha256)
);
CREATE INDEX ix_advice_attachment_sha256 ON advice_attachment (sha256);

-- Writers and deleters of content take the row of the digest's bucket (its first byte) for the rest of their
-- transaction, so a file is never deleted between a writer finding it present and the writer's row committing,
-- on any hub node. 256 rows: contention is negligible and nothing grows.
CREATE TABLE content_lock (
    bucket     INTEGER                  NOT NULL PRIMARY KEY,
    locked_at  TIMESTAMP WITH TIME ZONE
);
INSERT INTO content_lock (bucket) VALUES
    (0), (1), (2), (3), (4), (5), (6), (7), (8), (9), (10), (11), (12), (13), (14), (15),
    (16), (17), (18), (19), (20), (21), (22), (23), (24), (25), (26), (27), (28), (29), (30), (31),
    (32), (33), (34), (35), (36), (37), (38), (39), (40), (41), (42), (43), (44), (45), (46), (47),
    (48), (49), (50), (51), (52), (53), (54), (55), (56), (57), (58), (59), (60), (61), (62), (63),
    (64), (65), (66), (67), (68), (69), (70), (71), (72), (73), (74), (75), (76), (77), (78), (79),
    (80), (81), (82), (83), (84), (85), (86), (87), (88), (89), (90), (91), (92), (93), (94), (95),
    (96), (97), (98), (99), (100), (101), (102), (103), (104), (105), (106), (107), (108), (109), (110), (111),
    (112), (113), (114), (115), (116), (117), (118), (119), (120), (121), (122), (123), (124), (125), (126), (127),
    (128), (129), (130), (131), (132), (133), (134), (135), (136), (137), (138), (139), (140), (141), (142), (143),
    (144), (145), (146), (147), (148), (149), (150), (151), (152), (153), (154), (155), (156), (157), (158), (159),
    (160), (161), (162), (163), (164), (165), (166), (167), (168), (169), (170), (171), (172), (173), (174), (175),
    (176), (177), (178), (179), (180), (181), (182), (183), (184), (185), (186), (187), (188), (189), (190), (191),
    (192), (193), (194), (195), (196), (197), (198), (199), (200), (201), (202), (203), (204), (205), (206), (207),
    (208), (209), (210), (211), (212), (213), (214), (215), (216), (217), (218), (219), (220), (221), (222), (223),
    (224), (225), (226), (227), (228), (229), (230), (231), (232), (233), (234), (235), (236), (237), (238), (239),
    (240), (241), (242), (243), (244), (245), (246), (247), (248), (249), (250), (251), (252), (253), (254), (255);

-- Delivered content whose retention period has passed: the record stays, its stored bytes are gone.
ALTER TABLE inbound_transfer ADD COLUMN content_purged_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE advice_response ADD COLUMN content_purged_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE transfer ADD COLUMN package_purged_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX ix_inbound_transfer_acknowledged ON inbound_transfer (acknowledged_at);
CREATE INDEX ix_advice_response_acknowledged ON advice_response (acknowledged_at);

-- Per-client quotas: what each client used in a window (requests in a minute, bytes in a day), shared by every
-- hub node and counted with atomic updates.
CREATE TABLE quota_usage (
    client_id     VARCHAR(64)              NOT NULL,
    measure       VARCHAR(16)              NOT NULL,   -- requests, bytes
    window_start  TIMESTAMP WITH TIME ZONE NOT NULL,
    used          BIGINT                   NOT NULL,
    CONSTRAINT pk_quota_usage PRIMARY KEY (client_id, measure, window_start)
);
CREATE INDEX ix_quota_usage_window ON quota_usage (window_start);
