"""Write path: knowledge files to chunks to the vector store."""
