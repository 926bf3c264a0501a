// gumbo against libxml2's HTML parser on one page: parse time and text bytes
// (docs/input.md, "Why gumbo"). Needs libgumbo-dev and libxml2-dev:
//   g++ -O2 -o /tmp/html_parsers bench/html_parsers.cc $(pkg-config --cflags --libs libxml-2.0 gumbo)
//   /tmp/html_parsers PAGE.html RUNS
#include <gumbo.h>
#include <libxml/HTMLparser.h>
#include <chrono>
#include <cstring>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>
static size_t CountGumbo(GumboNode* root){size_t n=0;std::vector<GumboNode*> st{root};while(!st.empty()){auto* x=st.back();st.pop_back();if(x->type==GUMBO_NODE_TEXT||x->type==GUMBO_NODE_WHITESPACE){n+=strlen(x->v.text.text);continue;}if(x->type!=GUMBO_NODE_ELEMENT&&x->type!=GUMBO_NODE_DOCUMENT)continue;auto& ch = x->type==GUMBO_NODE_DOCUMENT? x->v.document.children : x->v.element.children;for(unsigned i=0;i<ch.length;i++)st.push_back((GumboNode*)ch.data[i]);}return n;}
static size_t XmlText(xmlNode* root){size_t n=0;std::vector<xmlNode*> st{root};while(!st.empty()){auto* x=st.back();st.pop_back();if(x->type==XML_TEXT_NODE){n+=xmlStrlen(x->content);continue;}for(xmlNode* c=x->children;c;c=c->next)st.push_back(c);}return n;}
int main(int argc,char**argv){std::ifstream f(argv[1]);std::stringstream ss;ss<<f.rdbuf();std::string s=ss.str();int runs=atoi(argv[2]);
 for(int k=0;k<2;k++){auto t0=std::chrono::steady_clock::now();size_t n=0;for(int r=0;r<runs;r++){
  if(k==0){GumboOutput* o=gumbo_parse_with_options(&kGumboDefaultOptions,s.data(),s.size());n=CountGumbo(o->root);gumbo_destroy_output(&kGumboDefaultOptions,o);}
  else{htmlDocPtr d=htmlReadMemory(s.data(),s.size(),nullptr,"UTF-8",HTML_PARSE_NOERROR|HTML_PARSE_NOWARNING|HTML_PARSE_NONET|HTML_PARSE_RECOVER);n=XmlText((xmlNode*)d);xmlFreeDoc(d);}}
  double sec=std::chrono::duration<double>(std::chrono::steady_clock::now()-t0).count()/runs;
  printf("%s: %.1f ms per parse, %.1f MB/s, text bytes %zu\n",k?"libxml2":"gumbo",sec*1e3,s.size()/sec/1e6,n);}
}
