"""The main views, one QWidget per page of the main window."""
