"""The judges' phone server (HTTP on the venue network); no Qt here."""
