"""Partner institutions: agreements, work plans, placements, partner suggestions, target vs realisation."""
