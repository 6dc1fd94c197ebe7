"""The application's style sheet: calm colours, clear titles, roomy navigation."""

from __future__ import annotations

ACCENT = "#b0102a"
STYLE_SHEET = f"""
QListWidget#navigation {{
    background: #f6f3f1;
    border: none;
    border-right: 1px solid #ddd6d1;
    padding-top: 8px;
    font-size: 11pt;
    outline: 0;
}}
QListWidget#navigation::item {{
    padding: 9px 14px;
    border-radius: 4px;
    margin: 1px 6px;
}}
QListWidget#navigation::item:selected {{
    background: {ACCENT};
    color: white;
}}
QLabel#pageTitle {{
    font-size: 15pt;
    font-weight: 600;
    padding-bottom: 2px;
}}
QLabel#sectionTitle {{
    font-weight: 600;
    padding-top: 4px;
}}
QLabel#fieldError {{
    color: #b3261e;
}}
QLabel#muted {{
    color: #6b6460;
}}
QFrame#figureCard {{
    background: white;
    border: 1px solid #ddd6d1;
    border-radius: 6px;
}}
QFrame#figureCard:hover {{
    border-color: {ACCENT};
}}
"""
