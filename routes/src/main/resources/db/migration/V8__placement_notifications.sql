-- Placement notifications: a council placed a looked-after child with an EHC plan in another council's area. The
-- host council and the ICB of the host area are each told once; the placing council keeps the plan.
CREATE TABLE placement_notification (
    notification_id  VARCHAR(36)              NOT NULL PRIMARY KEY,
    plan_id          VARCHAR(64)              NOT NULL REFERENCES ehc_plan (plan_id),
    placing_la       VARCHAR(3)               NOT NULL,
    host_la          VARCHAR(3)               NOT NULL,
    host_icb         VARCHAR(10),
    placed_on        DATE                     NOT NULL,
    document         TEXT                     NOT NULL,   -- the notification as JSON, the child included
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL
);

-- One row per party told: the host council and, when the directory knows it, the host area's ICB.
CREATE TABLE placement_delivery (
    notification_id  VARCHAR(36)              NOT NULL REFERENCES placement_notification (notification_id),
    recipient        VARCHAR(10)              NOT NULL,
    received_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    acknowledged_at  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_placement_delivery PRIMARY KEY (notification_id, recipient)
);
CREATE INDEX ix_placement_delivery_recipient ON placement_delivery (recipient, received_at);
