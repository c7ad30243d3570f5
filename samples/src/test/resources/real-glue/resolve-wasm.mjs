// Node loader for bundler-style output: resolves extensionless relative specifiers as bundlers do.
export async function resolve(specifier, context, next) {
  try { return await next(specifier, context); }
  catch (e) {
    if (!specifier.startsWith('.')) throw e;
    for (const ext of ['.js', '.wasm']) {
      try { return await next(specifier + ext, context); } catch {}
    }
    throw e;
  }
}
