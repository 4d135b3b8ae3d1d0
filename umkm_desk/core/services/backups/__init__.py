"""Keeping the data safe: automatic verified backups (thinned daily/weekly/monthly), their status, restoring one
(the letter register never goes back) and the password-protected copy for carrying outside the office."""
