"""The io app holds no tables: it moves datasets and workbooks in and out."""
