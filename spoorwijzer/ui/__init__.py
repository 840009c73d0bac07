"""Streamlit pages. The only package that imports streamlit; app.py routes to these pages."""
