// The interactive API docs (Swagger UI, vendored) over this server's /openapi.json.
window.addEventListener("load", function () {
  window.SwaggerUIBundle({url: "/openapi.json", dom_id: "#swagger-ui"});
});
