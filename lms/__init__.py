"""Packages of the site for a company's learning management system (LMS)."""
