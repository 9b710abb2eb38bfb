function _createMdxContent(props) {
  const _components = {
    a: "a",
    p: "p",
    span: "span",
    ...props.components
  }, {Note} = _components;
  if (!Note) _missingMdxReference("Note", true);
  return _jsxs(_Fragment, {
    children: [_jsxs(Note, {
      title: "The pilot pool",
      children: ["Inside a component the ", _jsxs(_components.span, {
        class: "gloss",
        children: [_jsx(_components.a, {
          href: "/glossary/#pilot-pool",
          class: "gloss-term",
          "aria-describedby": "gloss-def-pilot-pool",
          "data-term": "pilot-pool",
          children: "pilot pool"
        }), _jsx(_components.span, {
          class: "gloss-pop",
          "data-pagefind-ignore": "",
          children: _jsx(_components.span, {
            id: "gloss-def-pilot-pool",
            class: "gloss-def",
            children: "Short definition of Pilot pool."
          })
        })]
      }), " is prose."]
    }), "\n", _jsxs(_components.p, {
      children: ["An attribute is never linked, and ", _jsx("span", {
        "data-no-glossary": true,
        children: "CMS"
      }), " can be suppressed; the ", _jsxs(_components.span, {
        class: "gloss",
        children: [_jsx(_components.a, {
          href: "/glossary/#central-management-store",
          class: "gloss-term",
          "aria-describedby": "gloss-def-central-management-store",
          "data-term": "central-management-store",
          children: "CMS"
        }), _jsx(_components.span, {
          class: "gloss-pop",
          "data-pagefind-ignore": "",
          children: _jsx(_components.span, {
            id: "gloss-def-central-management-store",
            class: "gloss-def",
            children: "Short definition of Central Management Store."
          })
        })]
      }), " then links."]
    })]
  });
}
