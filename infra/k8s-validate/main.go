// k8s-validate renders a Helm chart with Helm's own Go packages and validates every rendered object
// offline: built-in kinds strictly against the Kubernetes API types of one version (k8s.io/api), custom
// resources against the CRD schemas in crds/ when there is one. No cluster, no network.
//
//	k8s-validate -chart deploy/helm/pass-graph [-values f.yaml]... [-release name] [-namespace ns]
//
// Prints one JSON document: the Kubernetes version validated against, every rendered object (with the
// template it came from and how it was validated) and the problems found. Exit status 1 when there is a
// problem, 2 on bad usage.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"strings"
)

// KubeVersion is the version of k8s.io/api in go.mod: the API the objects are validated against.
const KubeVersion = "v1.31.3"

type valueFiles []string

func (v *valueFiles) String() string     { return strings.Join(*v, ",") }
func (v *valueFiles) Set(s string) error { *v = append(*v, s); return nil }

// Report is what the program prints.
type Report struct {
	KubeVersion string     `json:"kubeVersion"`
	Chart       string     `json:"chart"`
	ValueFiles  []string   `json:"valueFiles"`
	Objects     []Rendered `json:"objects"`
	Problems    []string   `json:"problems"`
}

func main() {
	var files valueFiles
	chartDir := flag.String("chart", "", "chart directory")
	release := flag.String("release", "pass-graph", "release name")
	namespace := flag.String("namespace", "pass-graph", "release namespace")
	flag.Var(&files, "values", "values file (repeatable; later files win)")
	flag.Parse()
	if *chartDir == "" {
		fmt.Fprintln(os.Stderr, "usage: k8s-validate -chart DIR [-values FILE]... [-release NAME] [-namespace NS]")
		os.Exit(2)
	}
	report := Report{KubeVersion: KubeVersion, Chart: *chartDir, ValueFiles: append([]string{}, files...), Objects: []Rendered{}, Problems: []string{}}
	objects, err := render(*chartDir, files, *release, *namespace)
	if err != nil {
		report.Problems = append(report.Problems, "render: "+err.Error())
	} else {
		report.Objects = objects
		report.Problems = append(report.Problems, validateAll(objects)...)
	}
	out := json.NewEncoder(os.Stdout)
	out.SetIndent("", "  ")
	if err := out.Encode(report); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	if len(report.Problems) > 0 {
		os.Exit(1)
	}
}
