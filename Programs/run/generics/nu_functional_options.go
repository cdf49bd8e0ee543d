// run

// Generic functional options: Option[T] func(*T) error applied by a generic New, reusable options constrained by an interface with pointer-method type parameter (PT interface{ *T; ... }), and a generic type alias.

package main

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

type Option[T any] func(*T) error

func Apply[T any](base T, opts ...Option[T]) (T, error) {
	var errs []error
	for _, o := range opts {
		if err := o(&base); err != nil {
			errs = append(errs, err)
		}
	}
	return base, errors.Join(errs...)
}

type Defaulter[T any] interface {
	*T
	SetDefaults()
	Validate() error
}

func Build[T any, PT Defaulter[T]](opts ...Option[T]) (*T, error) {
	var v T
	PT(&v).SetDefaults()
	for _, o := range opts {
		if err := o(&v); err != nil {
			return nil, fmt.Errorf("option: %w", err)
		}
	}
	if err := PT(&v).Validate(); err != nil {
		return nil, fmt.Errorf("validate %T: %w", v, err)
	}
	return &v, nil
}

type Server struct {
	Host    string
	Port    int
	Timeout time.Duration
	Tags    []string
}

func (s *Server) SetDefaults() { s.Host, s.Port, s.Timeout = "localhost", 8080, 30*time.Second }
func (s *Server) Validate() error {
	if s.Port <= 0 || s.Port > 65535 {
		return fmt.Errorf("bad port %d", s.Port)
	}
	return nil
}

type ServerOpt = Option[Server]

func WithPort(p int) ServerOpt { return func(s *Server) error { s.Port = p; return nil } }
func WithHost(h string) ServerOpt {
	return func(s *Server) error {
		if h == "" {
			return errors.New("empty host")
		}
		s.Host = h
		return nil
	}
}
func WithTags(tags ...string) ServerOpt {
	return func(s *Server) error { s.Tags = append(s.Tags, tags...); return nil }
}

type Client struct {
	Retries int
	Agent   string
}

func (c *Client) SetDefaults() { c.Retries, c.Agent = 3, "gosub/1.0" }
func (c *Client) Validate() error {
	if c.Retries < 0 {
		return errors.New("negative retries")
	}
	return nil
}

func Set[T any, F any](field func(*T) *F, v F) Option[T] {
	return func(t *T) error { *field(t) = v; return nil }
}

func When[T any](cond bool, o Option[T]) Option[T] {
	if !cond {
		return func(*T) error { return nil }
	}
	return o
}

type Pair[A, B any] = struct {
	First  A
	Second B
}

func main() {
	s, err := Build[Server](WithPort(9000), WithTags("a", "b"), WithTags("c"))
	fmt.Printf("%+v %v\n", *s, err)

	s, err = Build[Server](WithPort(70000))
	fmt.Println(s, err)

	s, err = Build[Server](WithHost(""), WithPort(1))
	fmt.Println(s, err)

	debug := true
	c, err := Build[Client](
		Set(func(c *Client) *int { return &c.Retries }, 5),
		When(debug, Set(func(c *Client) *string { return &c.Agent }, "debug-agent")),
		When(!debug, Set(func(c *Client) *int { return &c.Retries }, 0)),
	)
	fmt.Printf("%+v %v\n", *c, err)
	_, err = Build[Client](Set(func(c *Client) *int { return &c.Retries }, -1))
	fmt.Println(err)

	srv, err := Apply(Server{Host: "h"}, WithHost(""), WithPort(-5), WithHost(""), WithTags("x"))
	fmt.Printf("%+v\n%v\n", srv, strings.ReplaceAll(err.Error(), "\n", "; "))

	p, _ := Apply(Pair[string, int]{"x", 1},
		func(p *Pair[string, int]) error { p.Second *= 10; return nil },
		func(p *struct {
			First  string
			Second int
		}) error {
			p.First += "!"
			return nil
		})
	fmt.Printf("%+v %T\n", p, p)
}
