--liquibase formatted sql

--changeset tongban:004-district
-- Administrative divisions (the city 350200 and its six districts) and the other receivers of
-- delegated powers ("+2+8": functional zones, major areas, task groups).
CREATE TABLE district (
  code VARCHAR(20) NOT NULL PRIMARY KEY,
  kind VARCHAR(20) NOT NULL,
  name_zh VARCHAR(100) NOT NULL,
  name_en VARCHAR(200) NOT NULL,
  island BOOLEAN,
  centroid_lat DECIMAL(9,6),
  centroid_lon DECIMAL(9,6),
  centroid_approximate BOOLEAN NOT NULL DEFAULT TRUE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--changeset tongban:004-service-point
CREATE TABLE service_point (
  code VARCHAR(60) NOT NULL PRIMARY KEY,
  point_type VARCHAR(20) NOT NULL,
  district_code VARCHAR(20) NOT NULL,
  name_zh VARCHAR(200) NOT NULL,
  name_en VARCHAR(300) NOT NULL,
  address_zh VARCHAR(300),
  address_en VARCHAR(400),
  lat DECIMAL(9,6) NOT NULL,
  lon DECIMAL(9,6) NOT NULL,
  location_approximate BOOLEAN NOT NULL,
  opening_hours TEXT NOT NULL,
  row_version INT NOT NULL DEFAULT 0,
  CONSTRAINT fk_point_district FOREIGN KEY (district_code) REFERENCES district (code),
  KEY ix_point_district (district_code, point_type)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--changeset tongban:004-service-window
-- A window says which items it accepts and whether it is open; by design it has no column for
-- criteria, materials, flow or deadline: those belong to the item version alone.
CREATE TABLE service_window (
  code VARCHAR(80) NOT NULL PRIMARY KEY,
  service_point_code VARCHAR(60) NOT NULL,
  name_zh VARCHAR(200) NOT NULL,
  name_en VARCHAR(300) NOT NULL,
  is_open BOOLEAN NOT NULL,
  row_version INT NOT NULL DEFAULT 0,
  CONSTRAINT fk_window_point FOREIGN KEY (service_point_code) REFERENCES service_point (code),
  KEY ix_window_point (service_point_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE window_item (
  window_code VARCHAR(80) NOT NULL,
  item_code VARCHAR(80) NOT NULL,
  PRIMARY KEY (window_code, item_code),
  KEY ix_window_item_item (item_code, window_code),
  CONSTRAINT fk_window_item_window FOREIGN KEY (window_code) REFERENCES service_window (code) ON DELETE CASCADE,
  CONSTRAINT fk_window_item_item FOREIGN KEY (item_code) REFERENCES service_item (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A comprehensive window (一窗受理) accepts whole categories of items.
CREATE TABLE window_category (
  window_code VARCHAR(80) NOT NULL,
  category VARCHAR(60) NOT NULL,
  PRIMARY KEY (window_code, category),
  KEY ix_window_category_category (category, window_code),
  CONSTRAINT fk_window_category_window FOREIGN KEY (window_code) REFERENCES service_window (code) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
