CREATE TABLE IF NOT EXISTS customers (
  customer_id INTEGER PRIMARY KEY,
  age INTEGER,
  plan VARCHAR(10),
  signup DATE,
  balance DECIMAL(10, 2)
);
DELETE FROM customers;
INSERT INTO customers VALUES
  (1, 34, 'basic', DATE '2024-01-02', 10.50),
  (2, 130, 'plus', DATE '2024-02-29', 0.00),
  (3, 41, NULL, DATE '2023-12-31', 7.25),
  (4, 29, 'gold', DATE '2024-03-01', 3.00);
