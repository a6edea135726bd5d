CREATE TABLE settings (
    setting_key   VARCHAR(200) PRIMARY KEY,
    setting_value VARCHAR(100000),
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
