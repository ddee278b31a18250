package main

import (
	"embed"
	"fmt"
	"path"

	"k8s.io/apiextensions-apiserver/pkg/apis/apiextensions"
	apiextv1 "k8s.io/apiextensions-apiserver/pkg/apis/apiextensions/v1"
	structuralschema "k8s.io/apiextensions-apiserver/pkg/apiserver/schema"
	"k8s.io/apiextensions-apiserver/pkg/apiserver/schema/pruning"
	"k8s.io/apiextensions-apiserver/pkg/apiserver/validation"
	"k8s.io/apimachinery/pkg/runtime/schema"
	"sigs.k8s.io/yaml"
)

// crds/: CustomResourceDefinitions copied from Go modules (see README.md for their origin).
//
//go:embed crds/*.yaml
var crdFiles embed.FS

type crdSchema struct {
	source     string
	validator  validation.SchemaValidator
	structural *structuralschema.Structural
}

// validate as the API server does on create with strict field validation: schema errors, and fields the
// schema does not know (which the server would prune or, strictly, refuse).
func (s *crdSchema) validate(obj map[string]interface{}) []string {
	out := errs(validation.ValidateCustomResource(nil, obj, s.validator))
	out = append(out, errs(validateMetaOnly(obj))...)
	copy := deepCopy(obj)
	for _, p := range pruning.PruneWithOptions(copy, s.structural, true, structuralschema.UnknownFieldPathOptions{TrackUnknownFieldPaths: true}) {
		out = append(out, fmt.Sprintf("unknown field %q", p))
	}
	return out
}

func deepCopy(v interface{}) map[string]interface{} {
	js, _ := yaml.Marshal(v)
	var out map[string]interface{}
	_ = yaml.Unmarshal(js, &out)
	return out
}

func loadCRDs() (map[schema.GroupVersionKind]*crdSchema, error) {
	entries, err := crdFiles.ReadDir("crds")
	if err != nil {
		return nil, err
	}
	out := map[schema.GroupVersionKind]*crdSchema{}
	for _, e := range entries {
		raw, err := crdFiles.ReadFile(path.Join("crds", e.Name()))
		if err != nil {
			return nil, err
		}
		var crd apiextv1.CustomResourceDefinition
		if err := yaml.UnmarshalStrict(raw, &crd); err != nil {
			return nil, fmt.Errorf("%s: %w", e.Name(), err)
		}
		for _, v := range crd.Spec.Versions {
			if v.Schema == nil || v.Schema.OpenAPIV3Schema == nil {
				return nil, fmt.Errorf("%s %s: no schema", e.Name(), v.Name)
			}
			internal := &apiextensions.JSONSchemaProps{}
			if err := apiextv1.Convert_v1_JSONSchemaProps_To_apiextensions_JSONSchemaProps(v.Schema.OpenAPIV3Schema, internal, nil); err != nil {
				return nil, err
			}
			validator, _, err := validation.NewSchemaValidator(internal)
			if err != nil {
				return nil, err
			}
			structural, err := structuralschema.NewStructural(internal)
			if err != nil {
				return nil, fmt.Errorf("%s %s: %w", e.Name(), v.Name, err)
			}
			gvk := schema.GroupVersionKind{Group: crd.Spec.Group, Version: v.Name, Kind: crd.Spec.Names.Kind}
			out[gvk] = &crdSchema{source: e.Name(), validator: validator, structural: structural}
		}
	}
	return out, nil
}
