"""Assistance cases: stages, activities, capital support and repayments, outcomes, the case board and Beranda."""
