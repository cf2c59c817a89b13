"""The case list: every interview this account may see, searched, filtered and sorted."""
