// The public API, by relative URLs so that the page works wherever the app is mounted.

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem.detail || problem.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

export async function api(path, params) {
  const query = params && String(params) ? `?${params}` : "";
  let response;
  try {
    response = await fetch(path + query, { headers: { Accept: "application/json" } });
  } catch {
    throw new ApiError(0, { title: "The service cannot be reached", detail: "Check your connection and try again." });
  }
  // Every error is a problem+json document; a body that is not JSON still yields a readable error.
  const body = await response.json().catch(() => ({ title: response.statusText }));
  if (!response.ok) throw new ApiError(response.status, body);
  return body;
}
