"""The year's figures computed from the cleaned tables: declared figures with their evidence, breakdowns, cross-ledger relations, targets, subsidies."""
