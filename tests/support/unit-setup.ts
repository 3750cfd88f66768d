// Unit tests never connect; the environment module still wants a well-formed configuration.
process.env.DATABASE_URL ??= "postgresql://unit-tests@127.0.0.1:1/never-connected";
process.env.LOG_LEVEL = "silent";
