"""The outgoing-letter register: issue, reprint, void and verify documents, their content and batches."""
