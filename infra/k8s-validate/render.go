package main

import (
	"fmt"
	"sort"
	"strings"

	"helm.sh/helm/v3/pkg/chart/loader"
	"helm.sh/helm/v3/pkg/chartutil"
	"helm.sh/helm/v3/pkg/cli/values"
	"helm.sh/helm/v3/pkg/engine"
	"helm.sh/helm/v3/pkg/getter"
	"helm.sh/helm/v3/pkg/releaseutil"
	"sigs.k8s.io/yaml"
)

// Rendered is one object of the rendered chart.
type Rendered struct {
	Template    string                 `json:"template"`
	APIVersion  string                 `json:"apiVersion"`
	Kind        string                 `json:"kind"`
	Name        string                 `json:"name"`
	ValidatedBy string                 `json:"validatedBy"`
	Object      map[string]interface{} `json:"object"`
	raw         []byte
}

// render does what `helm template` does for an install: values merged in order, the chart's
// kubeVersion constraint checked, templates rendered strictly (a missing value is an error).
func render(chartDir string, files []string, release, namespace string) ([]Rendered, error) {
	ch, err := loader.Load(chartDir)
	if err != nil {
		return nil, err
	}
	vals, err := (&values.Options{ValueFiles: files}).MergeValues(getter.Providers{})
	if err != nil {
		return nil, err
	}
	if c := ch.Metadata.KubeVersion; c != "" && !chartutil.IsCompatibleRange(c, KubeVersion) {
		return nil, fmt.Errorf("chart requires Kubernetes %s, validated against %s", c, KubeVersion)
	}
	caps := chartutil.DefaultCapabilities.Copy()
	caps.KubeVersion = chartutil.KubeVersion{Version: KubeVersion, Major: "1", Minor: "31"}
	if err := chartutil.ProcessDependencies(ch, vals); err != nil {
		return nil, err
	}
	// ToRenderValues also validates the values against the chart's values.schema.json.
	top, err := chartutil.ToRenderValues(ch, vals, chartutil.ReleaseOptions{Name: release, Namespace: namespace, Revision: 1, IsInstall: true}, caps)
	if err != nil {
		return nil, err
	}
	eng := engine.Engine{Strict: true, LintMode: false}
	out, err := eng.Render(ch, top)
	if err != nil {
		return nil, err
	}
	names := make([]string, 0, len(out))
	for name := range out {
		names = append(names, name)
	}
	sort.Strings(names)
	var objects []Rendered
	for _, name := range names {
		if strings.HasSuffix(name, "NOTES.txt") || !strings.HasSuffix(name, ".yaml") {
			continue
		}
		docs := releaseutil.SplitManifests(out[name])
		keys := make([]string, 0, len(docs))
		for k := range docs {
			keys = append(keys, k)
		}
		sort.Sort(releaseutil.BySplitManifestsOrder(keys))
		for _, k := range keys {
			doc := docs[k]
			if strings.TrimSpace(doc) == "" {
				continue
			}
			// Strict: a key twice in one mapping is an error (the API server would take the last silently).
			js, err := yaml.YAMLToJSONStrict([]byte(doc))
			if err != nil {
				return nil, fmt.Errorf("%s: %w", name, err)
			}
			var obj map[string]interface{}
			if err := yaml.Unmarshal(js, &obj); err != nil {
				return nil, fmt.Errorf("%s: %w", name, err)
			}
			if obj == nil {
				continue
			}
			r := Rendered{Template: name, Object: obj, raw: js}
			r.APIVersion, _ = obj["apiVersion"].(string)
			r.Kind, _ = obj["kind"].(string)
			if md, ok := obj["metadata"].(map[string]interface{}); ok {
				r.Name, _ = md["name"].(string)
			}
			objects = append(objects, r)
		}
	}
	return objects, nil
}
