"""The office itself: officers, settings (letterhead, signatory, number template), maintenance."""
