package main

import (
	"fmt"

	appsv1 "k8s.io/api/apps/v1"
	batchv1 "k8s.io/api/batch/v1"
	corev1 "k8s.io/api/core/v1"
	apimachineryvalidation "k8s.io/apimachinery/pkg/api/validation"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/labels"
	"k8s.io/apimachinery/pkg/runtime"
	"k8s.io/apimachinery/pkg/runtime/schema"
	"k8s.io/apimachinery/pkg/runtime/serializer"
	"k8s.io/apimachinery/pkg/util/validation"
	"k8s.io/apimachinery/pkg/util/validation/field"
	"k8s.io/client-go/kubernetes/scheme"
)

// servedGA: the built-in API groups/versions a 1.31 API server serves (the chart may use only these;
// a type still in k8s.io/api but no longer served, e.g. policy/v1beta1, is refused).
var servedGA = map[string]bool{
	"v1": true, "apps/v1": true, "batch/v1": true, "autoscaling/v1": true, "autoscaling/v2": true,
	"policy/v1": true, "networking.k8s.io/v1": true, "rbac.authorization.k8s.io/v1": true,
	"storage.k8s.io/v1": true, "scheduling.k8s.io/v1": true, "coordination.k8s.io/v1": true,
	"discovery.k8s.io/v1": true, "admissionregistration.k8s.io/v1": true, "node.k8s.io/v1": true,
	"apiextensions.k8s.io/v1": true, "certificates.k8s.io/v1": true,
}

// withoutSchema: custom resources whose CRD no reachable registry carries (Strimzi publishes its CRDs
// only in GitHub releases). They get metadata checks only; the report says so per object.
var withoutSchema = map[schema.GroupVersionKind]bool{
	{Group: "kafka.strimzi.io", Version: "v1beta2", Kind: "Kafka"}:         true,
	{Group: "kafka.strimzi.io", Version: "v1beta2", Kind: "KafkaNodePool"}: true,
	{Group: "kafka.strimzi.io", Version: "v1beta2", Kind: "KafkaTopic"}:    true,
}

// strict decoding: an unknown field, a duplicate field or a value of the wrong type is an error.
var strictDecoder = serializer.NewCodecFactory(scheme.Scheme, serializer.EnableStrict).UniversalDeserializer()

func validateAll(objects []Rendered) []string {
	crds, err := loadCRDs()
	if err != nil {
		return []string{"crds: " + err.Error()}
	}
	var problems []string
	seen := map[string]string{}
	for i := range objects {
		o := &objects[i]
		at := fmt.Sprintf("%s %s/%s (%s)", o.Template, o.Kind, o.Name, o.APIVersion)
		id := o.APIVersion + "/" + o.Kind + "/" + o.Name
		if prev, dup := seen[id]; dup {
			problems = append(problems, fmt.Sprintf("%s: rendered twice (also in %s)", at, prev))
		}
		seen[id] = o.Template
		for _, p := range validateOne(o, crds) {
			problems = append(problems, at+": "+p)
		}
	}
	return problems
}

func validateOne(o *Rendered, crds map[schema.GroupVersionKind]*crdSchema) []string {
	gv, err := schema.ParseGroupVersion(o.APIVersion)
	if err != nil || o.Kind == "" {
		return []string{"apiVersion and kind are required"}
	}
	gvk := gv.WithKind(o.Kind)
	if s, ok := crds[gvk]; ok {
		o.ValidatedBy = "CRD schema " + s.source
		return s.validate(o.Object)
	}
	if withoutSchema[gvk] {
		o.ValidatedBy = "metadata only (no CRD schema available offline)"
		return errs(validateMetaOnly(o.Object))
	}
	if !scheme.Scheme.Recognizes(gvk) {
		return []string{"unknown kind: neither a Kubernetes " + KubeVersion + " type nor a CRD in crds/"}
	}
	if !servedGA[o.APIVersion] {
		return []string{o.APIVersion + " is not served by Kubernetes " + KubeVersion}
	}
	o.ValidatedBy = "k8s.io/api " + KubeVersion + " strict"
	obj, _, err := strictDecoder.Decode(o.raw, nil, nil)
	if err != nil {
		return []string{err.Error()}
	}
	return errs(validateTyped(obj))
}

func errs(list field.ErrorList) []string {
	out := make([]string, 0, len(list))
	for _, e := range list {
		out = append(out, e.Error())
	}
	return out
}

func validateMetaOnly(obj map[string]interface{}) field.ErrorList {
	md, _ := obj["metadata"].(map[string]interface{})
	name, _ := md["name"].(string)
	var all field.ErrorList
	for _, msg := range validation.IsDNS1123Subdomain(name) {
		all = append(all, field.Invalid(field.NewPath("metadata", "name"), name, msg))
	}
	if l, ok := md["labels"].(map[string]interface{}); ok {
		set := map[string]string{}
		for k, v := range l {
			s, ok := v.(string)
			if !ok {
				all = append(all, field.Invalid(field.NewPath("metadata", "labels", k), v, "must be a string"))
			}
			set[k] = s
		}
		all = append(all, validateLabels(set, field.NewPath("metadata", "labels"))...)
	}
	return all
}

func validateLabels(l map[string]string, p *field.Path) field.ErrorList {
	var all field.ErrorList
	for k, v := range l {
		for _, msg := range validation.IsQualifiedName(k) {
			all = append(all, field.Invalid(p.Key(k), k, msg))
		}
		for _, msg := range validation.IsValidLabelValue(v) {
			all = append(all, field.Invalid(p.Key(k), v, msg))
		}
	}
	return all
}

// validateTyped: the metadata rules of every object, and for workloads the rules the API server would
// refuse on (selector vs template labels, container names and images, env names, probe ports, requests ≤ limits).
func validateTyped(obj runtime.Object) field.ErrorList {
	var all field.ErrorList
	nameFn := apimachineryvalidation.NameIsDNSSubdomain
	if _, ok := obj.(*corev1.Service); ok {
		nameFn = apimachineryvalidation.NameIsDNS1035Label
	}
	if acc, ok := obj.(metav1.Object); ok {
		all = append(all, apimachineryvalidation.ValidateObjectMetaAccessor(acc, false, nameFn, field.NewPath("metadata"))...)
	}
	switch t := obj.(type) {
	case *appsv1.Deployment:
		p := field.NewPath("spec")
		if t.Spec.Selector == nil {
			all = append(all, field.Required(p.Child("selector"), ""))
		} else if sel, err := metav1.LabelSelectorAsSelector(t.Spec.Selector); err != nil {
			all = append(all, field.Invalid(p.Child("selector"), t.Spec.Selector, err.Error()))
		} else if sel.Empty() || !sel.Matches(labels.Set(t.Spec.Template.Labels)) {
			all = append(all, field.Invalid(p.Child("template", "metadata", "labels"), t.Spec.Template.Labels, "must match spec.selector"))
		}
		all = append(all, validatePodSpec(&t.Spec.Template.Spec, p.Child("template", "spec"))...)
	case *batchv1.Job:
		p := field.NewPath("spec", "template", "spec")
		if rp := t.Spec.Template.Spec.RestartPolicy; rp != corev1.RestartPolicyNever && rp != corev1.RestartPolicyOnFailure {
			all = append(all, field.NotSupported(p.Child("restartPolicy"), rp, []string{"Never", "OnFailure"}))
		}
		all = append(all, validatePodSpec(&t.Spec.Template.Spec, p)...)
	case *corev1.Service:
		for i, port := range t.Spec.Ports {
			if port.Port < 1 || port.Port > 65535 {
				all = append(all, field.Invalid(field.NewPath("spec", "ports").Index(i).Child("port"), port.Port, "must be 1-65535"))
			}
		}
	}
	return all
}

func validatePodSpec(spec *corev1.PodSpec, p *field.Path) field.ErrorList {
	var all field.ErrorList
	if len(spec.Containers) == 0 {
		all = append(all, field.Required(p.Child("containers"), ""))
	}
	volumes := map[string]bool{}
	for _, v := range spec.Volumes {
		volumes[v.Name] = true
	}
	for i, c := range spec.Containers {
		cp := p.Child("containers").Index(i)
		for _, msg := range validation.IsDNS1123Label(c.Name) {
			all = append(all, field.Invalid(cp.Child("name"), c.Name, msg))
		}
		if c.Image == "" {
			all = append(all, field.Required(cp.Child("image"), ""))
		}
		ports := map[string]bool{}
		for _, port := range c.Ports {
			if port.Name != "" {
				ports[port.Name] = true
			}
		}
		envs := map[string]bool{}
		for j, e := range c.Env {
			for _, msg := range validation.IsEnvVarName(e.Name) {
				all = append(all, field.Invalid(cp.Child("env").Index(j).Child("name"), e.Name, msg))
			}
			if envs[e.Name] {
				all = append(all, field.Duplicate(cp.Child("env").Index(j).Child("name"), e.Name))
			}
			envs[e.Name] = true
		}
		for j, m := range c.VolumeMounts {
			if !volumes[m.Name] {
				all = append(all, field.NotFound(cp.Child("volumeMounts").Index(j).Child("name"), m.Name))
			}
		}
		for name, probe := range map[string]*corev1.Probe{"readinessProbe": c.ReadinessProbe, "livenessProbe": c.LivenessProbe, "startupProbe": c.StartupProbe} {
			if probe != nil && probe.HTTPGet != nil && probe.HTTPGet.Port.StrVal != "" && !ports[probe.HTTPGet.Port.StrVal] {
				all = append(all, field.NotFound(cp.Child(name, "httpGet", "port"), probe.HTTPGet.Port.StrVal))
			}
		}
		for res, req := range c.Resources.Requests {
			if lim, ok := c.Resources.Limits[res]; ok && req.Cmp(lim) > 0 {
				all = append(all, field.Invalid(cp.Child("resources", "requests").Key(string(res)), req.String(), "must be less than or equal to the limit "+lim.String()))
			}
		}
	}
	return all
}
