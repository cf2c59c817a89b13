"""The interview screens: the question pages, finalising, and the screening result."""
