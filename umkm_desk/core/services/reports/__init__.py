"""Reports upward: one query layer (a filter, the questions the dashboard and the reports ask, and the keys of the
rows behind every number), the office's five periodic reports, and the exports of every list and for SIDT-KUMKM."""
