"""The business registry: entry and edit of businesses and owners, the list query and search, duplicates, timelines."""
