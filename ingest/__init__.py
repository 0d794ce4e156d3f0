"""PDF and text files to structured documents. The only package that imports pdfplumber/pypdfium2."""
