/* PASS Graph GraphQL IDE: GraphiQL 3 on the React 18 UMD builds, all served by the gateway (no CDN). */
(function () {
  'use strict';
  var config = JSON.parse(document.getElementById('pass-ide-config').textContent);
  var baseFetcher = GraphiQL.createFetcher({ url: config.endpoint });
  // Development only: the sign-in bar's token, sent with every request unless the Headers tab sets its own.
  var token = null;
  var fetcher = function (params, opts) {
    var headers = Object.assign({}, token ? { Authorization: 'Bearer ' + token } : {}, (opts && opts.headers) || {});
    return baseFetcher(params, Object.assign({}, opts, { headers: headers }));
  };

  if (config.devSignIn) {
    var bar = document.createElement('form');
    bar.id = 'pass-sign-in';
    var options = ['<option value="">anonymous</option>']
      .concat(
        config.devSignIn.roles.map(function (r) {
          return '<option value="' + r + '">' + r + '</option>';
        }),
      )
      .join('');
    bar.innerHTML =
      '<strong>Dev sign-in</strong>' +
      '<label>role <select name="role">' +
      options +
      '</select></label>' +
      '<label>facility <input name="facility" placeholder="e.g. seoul-hcc-seongdong" /></label>' +
      '<label>district <input name="district" placeholder="e.g. 마포구" /></label>' +
      '<button type="submit">Sign in</button>' +
      '<span id="pass-sign-in-status">anonymous</span>';
    document.body.insertBefore(bar, document.getElementById('graphiql'));
    var status = document.getElementById('pass-sign-in-status');
    bar.addEventListener('submit', function (event) {
      event.preventDefault();
      var role = bar.elements.role.value;
      if (!role) {
        token = null;
        status.textContent = 'anonymous';
        return;
      }
      var query = new URLSearchParams({ role: role });
      if (bar.elements.facility.value.trim()) query.set('facility', bar.elements.facility.value.trim());
      if (bar.elements.district.value.trim()) query.set('district', bar.elements.district.value.trim());
      status.textContent = 'signing in…';
      fetch(config.devSignIn.path + '?' + query.toString())
        .then(function (res) {
          return res.json();
        })
        .then(function (body) {
          if (!body.token) throw new Error(body.errors ? body.errors[0].message : 'no token');
          token = body.token;
          var scope = body.facilities.concat(body.districts);
          status.textContent = 'signed in as ' + body.roles.join(', ') + (scope.length ? ' (' + scope.join(', ') + ')' : '');
        })
        .catch(function (error) {
          token = null;
          status.textContent = 'sign-in failed: ' + error.message;
        });
    });
  }

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
