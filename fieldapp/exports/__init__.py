"""Exports of a supervisor's interviews: per-form tables, HTCDS records, OpenRosa submissions
and anonymised aggregates, each in its own module; the facade is fieldapp.services.exports."""
