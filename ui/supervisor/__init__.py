"""The supervisor's workspace: review list, case view, case work, overdue referrals, dashboard."""
