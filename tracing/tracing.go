// Package tracing sends OpenTelemetry traces of HTTP requests, GraphQL operations and
// resolvers, and SQL statements. It is off unless the standard OTEL_* variables ask for
// traces; then nothing of it is installed and it costs nothing.
package tracing

import (
	"context"
	"fmt"
	"os"
	"strings"

	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/exporters/otlp/otlptrace/otlptracehttp"
	"go.opentelemetry.io/otel/exporters/stdout/stdouttrace"
	"go.opentelemetry.io/otel/sdk/resource"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
)

// ScopeName names the instrumentation scope of Kindred's own spans.
const ScopeName = "kindred"

// FromEnv returns a tracer provider configured by the standard variables, or nil when
// none asks for traces: OTEL_TRACES_EXPORTER (otlp, console or none; otlp when unset but
// an OTLP endpoint is given), OTEL_EXPORTER_OTLP_ENDPOINT and the rest of the OTLP
// exporter's variables, OTEL_TRACES_SAMPLER, OTEL_SERVICE_NAME, OTEL_RESOURCE_ATTRIBUTES
// and OTEL_SDK_DISABLED. The caller shuts the provider down to flush the last spans.
func FromEnv(ctx context.Context) (*sdktrace.TracerProvider, error) {
	return fromEnv(ctx, os.Getenv)
}

func fromEnv(ctx context.Context, getenv func(string) string) (*sdktrace.TracerProvider, error) {
	if strings.EqualFold(strings.TrimSpace(getenv("OTEL_SDK_DISABLED")), "true") {
		return nil, nil
	}
	names := strings.TrimSpace(getenv("OTEL_TRACES_EXPORTER"))
	if names == "" {
		if getenv("OTEL_EXPORTER_OTLP_ENDPOINT") == "" && getenv("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT") == "" {
			return nil, nil
		}
		names = "otlp"
	}
	var opts []sdktrace.TracerProviderOption
	for _, name := range strings.Split(names, ",") {
		switch name = strings.TrimSpace(name); name {
		case "none":
			return nil, nil
		case "otlp":
			protocol := getenv("OTEL_EXPORTER_OTLP_TRACES_PROTOCOL")
			if protocol == "" {
				protocol = getenv("OTEL_EXPORTER_OTLP_PROTOCOL")
			}
			if protocol != "" && protocol != "http/protobuf" {
				return nil, fmt.Errorf("OTEL_EXPORTER_OTLP_PROTOCOL=%s is not supported: use http/protobuf (the collector's port 4318)", protocol)
			}
			// The exporter reads OTEL_EXPORTER_OTLP_* itself (endpoint, headers, timeout, TLS).
			exp, err := otlptracehttp.New(ctx)
			if err != nil {
				return nil, fmt.Errorf("OTLP trace exporter: %w", err)
			}
			opts = append(opts, sdktrace.WithBatcher(exp))
		case "console":
			exp, err := stdouttrace.New()
			if err != nil {
				return nil, fmt.Errorf("console trace exporter: %w", err)
			}
			opts = append(opts, sdktrace.WithBatcher(exp))
		default:
			return nil, fmt.Errorf("OTEL_TRACES_EXPORTER=%s is not supported: use otlp, console or none", name)
		}
	}
	// OTEL_SERVICE_NAME and OTEL_RESOURCE_ATTRIBUTES override the default service name.
	res, err := resource.New(ctx, resource.WithAttributes(attribute.String("service.name", "kindred")),
		resource.WithFromEnv(), resource.WithTelemetrySDK())
	if err != nil {
		return nil, fmt.Errorf("trace resource from OTEL_RESOURCE_ATTRIBUTES: %w", err)
	}
	// The SDK reads OTEL_TRACES_SAMPLER, OTEL_TRACES_SAMPLER_ARG and OTEL_BSP_* itself.
	return sdktrace.NewTracerProvider(append(opts, sdktrace.WithResource(res))...), nil
}
