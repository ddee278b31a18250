/* PASS Graph GraphQL IDE: GraphiQL 3 on the React 18 UMD builds, all served by the gateway (no CDN). */
(function () {
  'use strict';
  var config = JSON.parse(document.getElementById('pass-ide-config').textContent);
  var fetcher = GraphiQL.createFetcher({ url: config.endpoint });
  var tabs = config.examples.map(function (example) {
    return { query: example.query };
  });
  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(
    React.createElement(GraphiQL, {
      fetcher: fetcher,
      defaultTabs: tabs,
      defaultEditorToolsVisibility: false,
      shouldPersistHeaders: false,
    }),
  );
})();
