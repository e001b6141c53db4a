// An empty module: the bench imports it first to start Node's ES module loader for files.
export {};
