jest.setTimeout(Number(process.env.TEST_TIMEOUT_MS ?? 120_000));
